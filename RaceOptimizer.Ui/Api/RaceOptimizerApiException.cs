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
        IReadOnlyDictionary<string, string[]>? errors = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    /// <summary>The status the API answered with, or null when it did not answer at all.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Validation messages by field (a ProblemDetails' `errors`), empty when the API sent none.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
