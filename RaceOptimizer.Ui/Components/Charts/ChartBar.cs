namespace RaceOptimizer.Ui.Components.Charts;

/// <summary>One bar: its label, the value that sizes it and the text written beside it.</summary>
public sealed record ChartBar(string Label, double Value, string Text);
