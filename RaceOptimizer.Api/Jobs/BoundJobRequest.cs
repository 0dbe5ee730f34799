using RaceOptimizer.Api.Jobs.Options;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The body of `POST /api/jobs` as bound (<see cref="JobRequestBinder"/>): the shared <see cref="JobRequest"/>, its
/// options typed, and the fields whose value had the wrong JSON type, by key, with what they must be.
/// </summary>
public sealed record BoundJobRequest(JobRequest Request, IReadOnlyDictionary<string, string[]> BindingErrors)
{
    /// <summary>A request built here (a re-run), with nothing refused by binding.</summary>
    public BoundJobRequest(JobRequest request)
        : this(request, new Dictionary<string, string[]>())
    {
    }

    public static ValueTask<BoundJobRequest> BindAsync(HttpContext context) => JobRequestBinder.BindAsync(context);
}
