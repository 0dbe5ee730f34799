using System.Text.Json;
using RaceOptimizer.Core.Samples;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests;

public class SampleSlateTests
{
    [Fact]
    public void The_sample_imports_cleanly()
    {
        var slate = SampleSlate.Load();

        Assert.Equal(("sample-dk-cup-kansas", "Hollywood Casino 400", Site.DraftKings), (slate.Id, slate.Name, slate.Site));
        Assert.Equal(36, slate.Drivers.Count);
        Assert.All(slate.Drivers, d => Assert.InRange(d.Salary, 4000, ContestRules.DraftKings.SalaryCap));
        Assert.InRange(slate.Drivers.Sum(d => d.Ownership!.Value), 599, 601);
        Assert.Equal(new SlateDriver("Kyle Larson", "90000101", 11200, 3, 72.88, 2.0, 28.9, 58.69), slate.Drivers[0]);
    }

    [Fact]
    public void A_slate_serializes_to_the_camel_case_JSON_the_API_returns()
    {
        var json = JsonSerializer.Serialize(SampleSlate.Load(), JsonSerializerOptions.Web);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var driver = root.GetProperty("drivers")[0];

        Assert.Equal("DraftKings", root.GetProperty("site").GetString());
        Assert.Equal("Cup", root.GetProperty("race").GetProperty("series").GetString());
        Assert.Equal("Intermediate", root.GetProperty("race").GetProperty("trackType").GetString());
        Assert.Equal(
            ["name", "siteId", "salary", "start", "projection", "projectedFinish", "ownership", "avgPointsPerGame", "startsAtRear"],
            driver.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Kyle Larson", "90000101", 11200, 3), (driver.GetProperty("name").GetString(), driver.GetProperty("siteId").GetString(), driver.GetProperty("salary").GetInt32(), driver.GetProperty("start").GetInt32()));
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<Slate>(json, JsonSerializerOptions.Web), JsonSerializerOptions.Web));
    }
}
