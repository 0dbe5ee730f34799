using System.Net;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// The API could not be reached or did not answer as expected. <see cref="Exception.Message"/> is written
/// for the person reading the page: what the UI tried to do and what went wrong.
/// </summary>
public sealed class RaceOptimizerApiException : Exception
{
    public RaceOptimizerApiException(
        string message,
        HttpStatusCode? statusCode = null,
        Exception? innerException = null,
        IReadOnlyDictionary<string, string[]>? errors = null,
        IReadOnlyList<FileProblem>? problems = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Errors = errors ?? new Dictionary<string, string[]>();
        Problems = problems ?? [];
    }

    /// <summary>The status the API answered with, or null when it did not answer at all.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Validation messages by field (a ProblemDetails' `errors`), empty when the API sent none.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Problems of uploaded files (a ProblemDetails' `problems`), each with its file and line; empty when none.</summary>
    public IReadOnlyList<FileProblem> Problems { get; }
}

/// <summary>One problem of an uploaded file: the file, the line (1 = header) and, when known, the column.</summary>
public sealed record FileProblem(string File, int Line, int? Column, string Message);
