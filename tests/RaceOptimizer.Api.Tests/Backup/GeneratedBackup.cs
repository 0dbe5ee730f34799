using System.Net;
using System.Text;

namespace RaceOptimizer.Api.Tests.Backup;

/// <summary>
/// A backup of many completed jobs, each with a result of about <paramref name="resultBytes"/>, written as it is sent:
/// a test can send hundreds of megabytes without holding them. Ids are of one width, so every job is as long as the
/// first and the length is declared up front, as a browser's upload of a file declares it.
/// </summary>
internal sealed class GeneratedBackup(int jobs, int resultBytes, string slateId) : HttpContent
{
    private static readonly byte[] Start = Encoding.UTF8.GetBytes(
        """{"formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","slates":[],"slateResults":[],"history":[],"presets":[],"jobs":[""");

    private static readonly byte[] JobEnd = Encoding.UTF8.GetBytes(""","createdAt":"2026-01-01T00:00:00Z"}""");

    private static readonly byte[] End = "]}"u8.ToArray();

    private readonly byte[] result = Result(resultBytes);

    public static string JobId(int index) => $"job_{index:D7}";

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Start);
        for (var i = 0; i < jobs; i++)
        {
            await stream.WriteAsync(Job(i, i > 0 ? "," : ""));
            await stream.WriteAsync(result);
            await stream.WriteAsync(JobEnd);
        }

        await stream.WriteAsync(End);
    }

    protected override bool TryComputeLength(out long length)
    {
        var job = Job(0, "").Length + result.Length + JobEnd.Length;
        length = Start.Length + End.Length + ((long)job * jobs) + Math.Max(0, jobs - 1);
        return true;
    }

    private byte[] Job(int index, string separator) => Encoding.UTF8.GetBytes(
        $$"""{{separator}}{"id":"{{JobId(index)}}","name":"generated","type":"optimize","status":"completed","slateId":"{{slateId}}","config":{},"result":""");

    /// <summary>An optimize result's shape: lineups of player ids with a histogram each, about a kilobyte apiece.</summary>
    private static byte[] Result(int bytes)
    {
        const string Lineup = """{"drivers":["12345671","12345672","12345673","12345674","12345675","12345676"],"salary":49900,"projectedPoints":231.25,"histogram":{"min":120,"width":5,"counts":[1,3,9,27,81,243,729,2187,6561,19683,6561,2187,729,243,81,27,9,3,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]}}""";
        var lineups = Enumerable.Repeat(Lineup, Math.Max(1, bytes / (Lineup.Length + 1)));
        return Encoding.UTF8.GetBytes($$"""{"lineups":[{{string.Join(",", lineups)}}]}""");
    }
}
