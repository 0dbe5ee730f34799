using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Ui.Components.Shared;

namespace RaceOptimizer.Ui.Tests;

/// <summary>The file chooser of the import dialog, preset bar, history, restore and entries: Fluent UI's drop zone.</summary>
public sealed class FileDropZoneTests : UiTestContext
{
    [Fact]
    public void The_zone_is_fluent_s_drop_zone_with_a_labelled_input_that_hands_the_chosen_file_on()
    {
        string? chosen = null;
        var zone = Render<FileDropZone>(parameters => parameters
            .Add(p => p.Label, "Salary file (required)")
            .Add(p => p.Accept, ".csv,text/csv")
            .Add(p => p.TestId, "import-salaries")
            .Add(p => p.OnChange, (InputFileChangeEventArgs args) => chosen = args.File.Name)
            .AddChildContent("<span data-testid=\"status\">nothing yet</span>"));

        var input = zone.Find("[data-testid=import-salaries]");
        Assert.Equal("input", input.TagName, ignoreCase: true);
        Assert.Equal(".csv,text/csv", input.GetAttribute("accept"));
        Assert.NotNull(zone.Find(".fluent-inputfile-container [data-testid=import-salaries]"));
        Assert.Equal(input.Id, zone.Find("label").GetAttribute("for"));
        Assert.Equal("Salary file (required)", zone.Find("label").TextContent);
        Assert.Equal("nothing yet", zone.Find("[data-testid=status]").TextContent);
        Assert.Single(zone.FindComponents<FluentInputFile>());

        zone.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("Position,Name + ID\n", "DKSalaries.csv"));

        zone.WaitForAssertion(() => Assert.Equal("DKSalaries.csv", chosen));
    }
}
