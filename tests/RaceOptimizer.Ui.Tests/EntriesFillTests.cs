using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Components.Results;

namespace RaceOptimizer.Ui.Tests;

/// <summary>The results page fills the entries file of the portfolio's site through the API and offers it by a download link.</summary>
public sealed class EntriesFillTests : UiTestContext
{
    private const string Entries = "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n4512345000,NASCAR $5,170000001,$5,,,,,,\n";

    [Fact]
    public void A_filled_entries_file_is_offered_by_a_link_to_what_the_API_answered()
    {
        const string filled = "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n4512345000,NASCAR $5,170000001,$5,101,102,103,104,105,106\n";
        Api.Add(HttpMethod.Post, "/api/jobs/job_1/entries", () =>
        {
            var content = new StringContent(filled, Encoding.UTF8, "text/csv");
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "DKEntries-filled.csv" };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        var fill = Render<EntriesFill>(parameters => parameters.Add(p => p.JobId, "job_1").Add(p => p.Site, "DraftKings"));

        fill.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Entries, "DKEntries.csv"));

        fill.WaitForAssertion(() => Assert.NotNull(fill.Find("[data-testid=entries-download]")));
        var href = fill.Find("[data-testid=entries-download]").GetAttribute("href")!;
        Assert.StartsWith("downloads/entries/", href, StringComparison.Ordinal);
        var kept = Services.GetRequiredService<FilledEntries>().Find(href["downloads/entries/".Length..]);
        Assert.Equal((filled, "DKEntries-filled.csv"), (Encoding.UTF8.GetString(kept!.Content), kept.FileName));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.Contains("name=entries; filename=DKEntries.csv", post.Body, StringComparison.Ordinal);
        Assert.Contains("4512345000,NASCAR $5", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_FanDuel_portfolio_asks_for_FanDuels_entries_file_and_sends_it_as_the_same_part()
    {
        const string entries = "entry_id,contest_id,contest_name,entry_fee,Driver,Driver,Driver,Driver,Driver\n\"3670015043\",\"127613-279208572\",\"NASCAR $5\",\"5\",,,,,\n";
        Api.Add(HttpMethod.Post, "/api/jobs/job_1/entries", () =>
        {
            var content = new StringContent(entries, Encoding.UTF8, "text/csv");
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "FanDuel-entries-filled.csv" };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        var fill = Render<EntriesFill>(parameters => parameters.Add(p => p.JobId, "job_1").Add(p => p.Site, "FanDuel"));

        Assert.Equal("Fill a FanDuel entries file", fill.Find("[data-testid=entries-fill]").GetAttribute("aria-label"));
        Assert.Contains("Fill a FanDuel entries file", fill.Markup, StringComparison.Ordinal);
        Assert.Contains("FanDuel lets you download", fill.Find(".hint").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("DraftKings", fill.Markup, StringComparison.Ordinal);
        fill.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(entries, "FanDuel-NAS-2024-07-21-entries-upload-template.csv"));

        fill.WaitForAssertion(() => Assert.Equal("FanDuel-entries-filled.csv", fill.Find("[data-testid=entries-download]").TextContent.Trim()));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.Contains("name=entries; filename=FanDuel-NAS-2024-07-21-entries-upload-template.csv", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_API_refuses_lists_its_problems_by_line_and_offers_nothing()
    {
        Api.Json(HttpMethod.Post, "/api/jobs/job_1/entries", """
            {"title":"The entries file cannot be read","status":400,"detail":"1 problem in DKEntries.csv",
             "problems":[{"file":"DKEntries.csv","line":2,"column":3,"message":"'Contest ID' is empty"}]}
            """, HttpStatusCode.BadRequest);
        var fill = Render<EntriesFill>(parameters => parameters.Add(p => p.JobId, "job_1").Add(p => p.Site, "DraftKings"));

        fill.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Entries, "DKEntries.csv"));

        fill.WaitForAssertion(() => Assert.Contains("'Contest ID' is empty", fill.Find("[data-testid=entries-problems]").TextContent, StringComparison.Ordinal));
        Assert.Empty(fill.FindAll("[data-testid=entries-download]"));
    }
}
