using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.History;

/// <summary>Whether a car was running at the finish and, if not, the kind of reason that stopped it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FinishStatus>))]
public enum FinishStatus : byte
{
    Running,

    /// <summary>Crashed, or out under the damaged vehicle policy ("dvp") after a crash.</summary>
    Accident,

    /// <summary>Engine, suspension, brakes and every other reason a car stops without a crash.</summary>
    Mechanical,
}

public static class FinishStatuses
{
    /// <summary>Reads loop data's status column. Odd entries ("stage 1 winner") are data glitches on cars that finished.</summary>
    public static FinishStatus Classify(string status) => status.Trim().ToLowerInvariant() switch
    {
        "running" or "" => FinishStatus.Running,
        var s when s.Contains("winner", StringComparison.Ordinal) => FinishStatus.Running,
        "accident" or "dvp" or "crash" => FinishStatus.Accident,
        _ => FinishStatus.Mechanical,
    };
}
