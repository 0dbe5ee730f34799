using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace RaceOptimizer.Core.Uploads;

/// <summary>Writes the CSV files a player uploads to a site, every cell guarded against spreadsheet formulas.</summary>
internal static class UploadCsv
{
    // A cell starting with =, +, -, @, tab or CR would run as a formula when the file is opened in a spreadsheet.
    // CsvHelper's Escape option prefixes such a cell with a single quote (and quotes it), which spreadsheets show as text;
    // a real player or entry id never starts that way, so no valid upload is changed.
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public static string Write(IEnumerable<IEnumerable<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
