using Microsoft.AspNetCore.Http.HttpResults;
using RaceOptimizer.Api.RaceResults;
using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Api.Apis;

/// <summary>
/// Every refusal the API answers, as ProblemDetails (application/problem+json): a `detail` a person can read, and the
/// parts a program needs as extensions (`problems` of files, `errors` of fields).
/// </summary>
internal static class ApiProblems
{
    /// <summary>Files that cannot be imported: every problem of every file, each with its file, line and column.</summary>
    public static ProblemHttpResult BadFiles(IReadOnlyList<ImportProblem> problems, NameMatchReport? names = null)
    {
        var files = string.Join(", ", problems.Select(p => p.File).Distinct());
        var detail = problems.Count == 1
            ? problems[0].ToString()
            : $"{problems.Count} problems in {files}; the first: {problems[0]}";
        var extensions = new Dictionary<string, object?> { ["problems"] = problems };
        if (names is { Matched.Count: > 0 } or { Unmatched.Count: > 0 } or { Absent.Count: > 0 })
        {
            extensions["names"] = names;
        }

        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The files cannot be imported", extensions: extensions);
    }

    /// <summary>Form fields, query parameters or form parts that are missing or wrong, by name.</summary>
    public static ProblemHttpResult BadFields(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields",
            Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        });

    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The upload is too large");

    /// <summary>Lineups that break the site's rules: every broken rule, by lineup.</summary>
    public static ProblemHttpResult BadLineups(IReadOnlyList<LineupProblem> violations) => TypedResults.Problem(
        string.Join(" ", violations.Select(v => $"Lineup {v.Lineup}: {v.Message}")),
        statusCode: StatusCodes.Status400BadRequest,
        title: "The lineups break the contest rules",
        extensions: new Dictionary<string, object?> { ["violations"] = violations });

    public static ProblemHttpResult NoResults(string id) => TypedResults.Problem(
        $"Slate '{id}' has no results yet: POST the race's results file to /api/slates/{id}/results.",
        statusCode: StatusCodes.Status404NotFound,
        title: "No results attached");

    public static ProblemHttpResult SlateNotFound(string id) =>
        TypedResults.Problem($"There is no slate '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Slate not found");
}
