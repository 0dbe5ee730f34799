namespace RaceOptimizer.Core.Import.Csv;

/// <summary>Maps character offsets in a text to 1-based line numbers (CRLF, LF and lone CR all end a line).</summary>
internal sealed class LineIndex
{
    private readonly List<int> starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
    }

    public int LineAt(int offset)
    {
        var found = starts.BinarySearch(offset);
        return found >= 0 ? found + 1 : ~found;
    }
}
