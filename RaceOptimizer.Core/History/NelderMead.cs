namespace RaceOptimizer.Core.History;

/// <summary>
/// Derivative-free minimization (Nelder and Mead's simplex, standard coefficients) for the few smooth parameters of a
/// rating: the objective is cheap and its gradient is not at hand.
/// </summary>
internal static class NelderMead
{
    public static double[] Minimize(Func<double[], double> objective, double[] start, double step, int maxEvaluations, double tolerance = 1e-7)
    {
        var n = start.Length;
        var simplex = new (double[] Point, double Value)[n + 1];
        simplex[0] = (start, objective(start));
        for (var i = 0; i < n; i++)
        {
            var vertex = (double[])start.Clone();
            vertex[i] += step;
            simplex[i + 1] = (vertex, objective(vertex));
        }

        var evaluations = n + 1;
        while (evaluations < maxEvaluations)
        {
            Array.Sort(simplex, (a, b) => a.Value.CompareTo(b.Value));
            if (simplex[n].Value - simplex[0].Value <= tolerance * (Math.Abs(simplex[0].Value) + tolerance))
            {
                break;
            }

            var centroid = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var d = 0; d < n; d++)
                {
                    centroid[d] += simplex[i].Point[d] / n;
                }
            }

            double[] Toward(double t) => [.. centroid.Select((c, d) => c + (t * (simplex[n].Point[d] - c)))];
            (double[] Point, double Value) Try(double t)
            {
                evaluations++;
                var point = Toward(t);
                return (point, objective(point));
            }

            var reflected = Try(-1);
            if (reflected.Value < simplex[0].Value)
            {
                var expanded = Try(-2);
                simplex[n] = expanded.Value < reflected.Value ? expanded : reflected;
            }
            else if (reflected.Value < simplex[n - 1].Value)
            {
                simplex[n] = reflected;
            }
            else
            {
                var contracted = reflected.Value < simplex[n].Value ? Try(-0.5) : Try(0.5);
                if (contracted.Value < Math.Min(reflected.Value, simplex[n].Value))
                {
                    simplex[n] = contracted;
                }
                else
                {
                    // Shrink every vertex halfway toward the best.
                    for (var i = 1; i <= n; i++)
                    {
                        var point = simplex[i].Point.Select((x, d) => simplex[0].Point[d] + (0.5 * (x - simplex[0].Point[d]))).ToArray();
                        simplex[i] = (point, objective(point));
                        evaluations++;
                    }
                }
            }
        }

        return simplex.MinBy(v => v.Value).Point;
    }
}
