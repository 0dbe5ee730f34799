using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Api.RaceResults;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Api.Tests;

/// <summary>The API's answers as tests read them; every call is cancelled with the test.</summary>
internal static class ApiCalls
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<SlateDetails> ImportAsync(this HttpClient client, UploadForm form)
    {
        using var response = await client.PostAsync("/api/slates", form, Cancellation);
        return await response.ReadAsync<SlateDetails>(HttpStatusCode.Created);
    }

    public static async Task<List<SlateSummary>> SlatesAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<List<SlateSummary>>("/api/slates", Cancellation) ?? [];

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<T>(Cancellation))!;
    }

    /// <summary>The ProblemDetails of a refusal, after checking its status and media type.</summary>
    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await response.ReadAsync<Problem>(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.Status);
        return problem;
    }
}

/// <summary>A ProblemDetails body with the extensions the API adds.</summary>
public sealed record Problem(
    int Status,
    string Title,
    string Detail,
    IReadOnlyList<ImportProblem>? Problems,
    IReadOnlyDictionary<string, string[]>? Errors,
    IReadOnlyList<LineupProblem>? Violations,
    NameMatchReport? Names);
