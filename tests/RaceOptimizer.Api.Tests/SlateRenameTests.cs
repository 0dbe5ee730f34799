using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Contracts.Slates;
using StoredSlate = RaceOptimizer.Contracts.Slates.SlateDetails;

namespace RaceOptimizer.Api.Tests;

/// <summary>`PATCH /api/slates/{id}`: a slate renamed, under the same name rule as an import's `name` field.</summary>
public sealed class SlateRenameTests(RedisServer redis) : ApiTest(redis)
{
    private const string SampleId = "sample-dk-cup-kansas";

    [Fact]
    public async Task A_renamed_slate_keeps_its_new_name_in_the_list_and_across_a_restart()
    {
        using var patch = await RenameAsync(SampleId, "  Kansas, my late build  ");

        var answered = await patch.ReadAsync<StoredSlate>();
        using var restarted = Api.Start().CreateClient();
        var listed = await restarted.GetFromJsonAsync<List<SlateSummary>>("/api/slates", Cancellation);
        Assert.Equal("Kansas, my late build", answered.Name);
        Assert.Equal("Kansas, my late build", listed!.Single(s => s.Id == SampleId).Name);
        Assert.NotEmpty(answered.Drivers);
    }

    [Theory]
    [InlineData("   ", "A slate needs a name.")]
    [InlineData(null, "A slate needs a name.")]
    [InlineData(201, "The name is 201 characters long; at most 200 are allowed.")]
    public async Task A_bad_name_is_refused_by_field_and_changes_nothing(object? name, string message)
    {
        var before = await Client.GetFromJsonAsync<StoredSlate>($"/api/slates/{SampleId}", Cancellation);

        using var refused = await RenameAsync(SampleId, name is int length ? new string('n', length) : (string?)name);

        Assert.Equal(message, Assert.Single((await refused.ProblemAsync()).Errors!["name"]));
        var after = await Client.GetFromJsonAsync<StoredSlate>($"/api/slates/{SampleId}", Cancellation);
        Assert.Equal(before!.Name, after!.Name);
    }

    [Fact]
    public async Task An_import_s_name_is_held_to_the_same_length()
    {
        var form = new UploadForm().File("salaries", RaceOptimizer.Testing.SharedData.File(TestFiles.DraftKingsBrickyard)).Field("name", new string('n', 201));

        using var refused = await Client.PostAsync("/api/slates", form, Cancellation);

        Assert.Equal("The name is 201 characters long; at most 200 are allowed.", Assert.Single((await refused.ProblemAsync()).Errors!["name"]));
    }

    [Fact]
    public async Task An_unknown_slate_is_not_found()
    {
        using var missing = await RenameAsync("nope", "Any name");

        Assert.Equal("There is no slate 'nope'.", (await missing.ProblemAsync(HttpStatusCode.NotFound)).Detail);
    }

    private Task<HttpResponseMessage> RenameAsync(string id, string? name) =>
        Client.PatchAsJsonAsync($"/api/slates/{id}", new SlateRename(name), Cancellation);
}
