using System.Text.Json.Serialization;

namespace RaceOptimizer.Contracts.Jobs;

/// <summary>The states of a job. Only `queued` and `running` can still change. Written as the lower-case name (JSON, SQLite).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobStatus>))]
public enum JobStatus
{
    [JsonStringEnumMemberName("queued")]
    Queued,

    [JsonStringEnumMemberName("running")]
    Running,

    [JsonStringEnumMemberName("completed")]
    Completed,

    [JsonStringEnumMemberName("failed")]
    Failed,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}

/// <summary>The kinds of work a job can be; the API runs each by the handler registered under its name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobType>))]
public enum JobType
{
    [JsonStringEnumMemberName("simulate")]
    Simulate,

    [JsonStringEnumMemberName("optimize")]
    Optimize,

    [JsonStringEnumMemberName("backtest")]
    Backtest,
}

/// <summary>Where a job ran: on the GPU worker, on this process's CPU, or on the CPU after the GPU path failed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExecutionMode>))]
public enum ExecutionMode
{
    [JsonStringEnumMemberName("gpu")]
    Gpu,

    [JsonStringEnumMemberName("local")]
    Local,

    [JsonStringEnumMemberName("fallback")]
    Fallback,
}

/// <summary>The names the API, SQLite, spans, metrics and the UI use for the job vocabulary: the lower-case member names.</summary>
public static class JobVocabulary
{
    public static bool IsFinished(this JobStatus status) => status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled;

    /// <summary>Whether the job can still change: queued or running.</summary>
    public static bool IsActive(this JobStatus status) => status is JobStatus.Queued or JobStatus.Running;

    public static string Name(this JobStatus status) => Lower(status);

    public static string Name(this JobType type) => Lower(type);

    public static string Name(this ExecutionMode mode) => Lower(mode);

    /// <summary>Every name of <typeparamref name="T"/>, in declaration order (`queued`, `running`, ...).</summary>
    public static string[] Names<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Lower)];

    /// <summary>The member named <paramref name="name"/> exactly (lower case, as written); numbers and other spellings are not names.</summary>
    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum
    {
        value = Enum.GetValues<T>().FirstOrDefault(v => Lower(v) == name);
        return name is not null && Lower(value) == name;
    }

    public static T Parse<T>(string name)
        where T : struct, Enum =>
        TryParse<T>(name, out var value) ? value : throw new FormatException($"'{name}' is not one of {string.Join(", ", Names<T>())}.");

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
