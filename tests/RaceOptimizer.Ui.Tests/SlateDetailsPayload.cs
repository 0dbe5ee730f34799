namespace RaceOptimizer.Ui.Tests;

/// <summary>A small slate as `GET /api/slates/{id}` answers it.</summary>
public static class SlatePayloads
{
    public const string SlateId = "slate-1";

    public const string Slate = """
        {"id":"slate-1","name":"DK Cup Kansas","site":"DraftKings",
         "race":{"name":"Hollywood Casino 400","series":"Cup","track":"Kansas Speedway","trackType":"Intermediate","scheduledLaps":267,"date":"2026-09-27"},
         "createdAt":"2026-11-29T12:00:00Z","hasResults":false,
         "drivers":[
           {"name":"Kyle Larson","siteId":"101","salary":11200,"start":3,"projection":72.9,"projectedFinish":2.0,"ownership":59.2,"avgPointsPerGame":58.7},
           {"name":"Denny Hamlin","siteId":"102","salary":10000,"start":16,"projection":45,"projectedFinish":3.7,"ownership":57.9,"avgPointsPerGame":58.5},
           {"name":"Cheap Backmarker","siteId":"103","salary":5000,"start":36,"projection":15,"projectedFinish":30,"ownership":1.0,"avgPointsPerGame":10},
           {"name":"No Projection","siteId":"104","salary":6000,"start":null,"projection":null,"projectedFinish":null,"ownership":null,"avgPointsPerGame":null}]}
        """;

    /// <summary>The slate with locks and excludes saved on it, as the API keeps them.</summary>
    public static string WithChoices(string[] locked, string[] excluded)
    {
        var choices = System.Text.Json.JsonSerializer.Serialize(new { locked, excluded });
        return Slate.TrimEnd()[..^1] + ",\"choices\":" + choices + "}";
    }

    public const string Slates = """
        [{"id":"slate-1","name":"DK Cup Kansas","site":"DraftKings",
          "race":{"name":"Hollywood Casino 400","series":"Cup","track":"Kansas","trackType":"Intermediate","scheduledLaps":267,"date":"2026-09-27"},
          "driverCount":4,"createdAt":"2026-11-29T12:00:00Z","hasResults":false}]
        """;
}
