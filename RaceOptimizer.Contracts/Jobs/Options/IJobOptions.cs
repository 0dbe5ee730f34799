namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>The typed options of one job type: defaults and limits declared on its properties (<see cref="OptionRuleAttribute"/>).</summary>
public interface IJobOptions;
