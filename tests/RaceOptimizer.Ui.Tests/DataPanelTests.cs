using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Contracts.Backup;
using RaceOptimizer.Ui.Components.Settings;

namespace RaceOptimizer.Ui.Tests;

/// <summary>Settings → Data: restore a chosen backup file (a replacing one behind a confirmation), and clear everything behind a typed word.</summary>
public sealed class DataPanelTests : UiTestContext
{
    private const string BackupPath = "/api/backup";
    private const string Backup = """{"formatVersion":1,"slates":[{"id":"slate-1"}],"slateResults":[],"history":[],"presets":[],"jobs":[]}""";

    [Fact]
    public void A_chosen_backup_file_is_restored_as_it_is_and_the_copy_aside_is_named()
    {
        Api.Json(HttpMethod.Post, BackupPath, Report("merge", "/data/backups/before-restore.db"));
        var panel = Render(Panel);
        Assert.NotNull(panel.Find("[data-testid=restore-submit]").GetAttribute("disabled"));

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Backup, "raceoptimizer-backup.json"));
        panel.WaitForAssertion(() => Assert.Null(panel.Find("[data-testid=restore-submit]").GetAttribute("disabled")));
        Assert.Equal(
            $"raceoptimizer-backup.json ({Backup.Length} B) is ready: choose the mode and press Restore.",
            panel.Find("[data-testid=restore-file-ready]").TextContent.Trim());
        panel.Find("[data-testid=restore-submit]").Click();

        panel.WaitForAssertion(() => Assert.Equal(
            "Done (merge). The previous database was copied to /data/backups/before-restore.db.",
            panel.Find("[data-testid=data-message]").TextContent.Trim()));
        var restore = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.Equal(Backup, restore.Body);
        Assert.Equal(["?mode=merge"], Api.QueriesOf(HttpMethod.Post, BackupPath));
    }

    [Fact]
    public void A_refused_backup_shows_the_API_s_reason()
    {
        Api.Json(HttpMethod.Post, BackupPath,
            """
            {"title":"The request has invalid fields","status":400,"detail":"jobs[0].status: 'paused' is not one of queued, running, completed, failed, cancelled",
             "errors":{"jobs[0].status":["'paused' is not one of queued, running, completed, failed, cancelled"]}}
            """,
            HttpStatusCode.BadRequest);
        var panel = Render(Panel);

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Backup, "old.json"));
        panel.WaitForAssertion(() => Assert.Null(panel.Find("[data-testid=restore-submit]").GetAttribute("disabled")));
        panel.Find("[data-testid=restore-submit]").Click();

        panel.WaitForAssertion(() => Assert.Contains("jobs[0].status: 'paused' is not one of", panel.Find("[data-testid=data-message]").TextContent, StringComparison.Ordinal));
        Assert.Equal("error", panel.Find("[data-testid=data-message]").GetAttribute("intent"));
    }

    [Fact]
    public void Clear_is_armed_only_by_the_typed_word_then_replaces_everything_by_an_empty_backup()
    {
        Api.Json(HttpMethod.Post, BackupPath, Report("replace", "/data/backups/before-clear.db"));
        var panel = Render<ClearDataPanel>();
        Assert.NotNull(panel.Find("[data-testid=data-clear]").GetAttribute("disabled"));

        panel.Find("[data-testid=data-clear-confirm]").Change("clear");
        Assert.NotNull(panel.Find("[data-testid=data-clear]").GetAttribute("disabled")); // the word as shown, capitals too
        panel.Find("[data-testid=data-clear-confirm]").Change("CLEAR");
        panel.Find("[data-testid=data-clear]").Click();

        panel.WaitForAssertion(() => Assert.Equal(
            "Done (replace). The previous database was copied to /data/backups/before-clear.db.",
            panel.Find("[data-testid=clear-message]").TextContent.Trim()));
        Assert.Equal(["?mode=replace"], Api.QueriesOf(HttpMethod.Post, BackupPath));
        using var sent = JsonDocument.Parse(Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post).Body!);
        foreach (var table in new[] { "slates", "slateResults", "history", "presets", "jobs" })
        {
            Assert.Equal(0, sent.RootElement.GetProperty(table).GetArrayLength());
        }
    }

    [Fact]
    public void A_replacing_restore_asks_first_and_keeping_the_data_sends_nothing()
    {
        var panel = Render(Panel);
        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Backup, "raceoptimizer-backup.json"));
        panel.WaitForAssertion(() => Assert.Contains("raceoptimizer-backup.json", panel.Find("[data-testid=restore-file-ready]").TextContent, StringComparison.Ordinal));
        var replace = panel.Find("[data-testid=restore-mode] fluent-option[value=replace]");
        panel.Find("[data-testid=restore-mode]").TriggerEvent("ondropdownchange", new DropdownEventArgs { SelectedOptions = replace.Id });

        panel.Find("[data-testid=restore-submit]").Click();
        panel.WaitForAssertion(() => Assert.Contains("Replace every slate", panel.Markup, StringComparison.Ordinal));
        DialogButton(panel, "Keep").Click();

        panel.WaitForAssertion(() => Assert.DoesNotContain("Replace every slate", panel.Markup, StringComparison.Ordinal));
        Assert.Equal(0, Api.CountOf(HttpMethod.Post, BackupPath));
        Assert.Empty(panel.FindAll("[data-testid=data-message]"));
    }

    /// <summary>The API's answer to a restore, in the shared contract's whole shape.</summary>
    private static string Report(string mode, string backupFile)
    {
        var none = new RestoredRows(0, 0, 0, 0);
        return JsonSerializer.Serialize(new RestoreReport(mode, backupFile, none, none, none, none, none, JobsInterrupted: 0), JsonSerializerOptions.Web);
    }

    /// <summary>The panel under the providers the app's layout has, so its confirmation dialog really opens.</summary>
    private static void Panel(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
    {
        builder.OpenComponent<FluentProviders>(0);
        builder.CloseComponent();
        builder.OpenComponent<DataPanel>(1);
        builder.CloseComponent();
    }

    /// <summary>A button of the open dialog, by its text.</summary>
    private static AngleSharp.Dom.IElement DialogButton<TComponent>(IRenderedComponent<TComponent> panel, string text)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Assert.Single(panel.FindAll("fluent-dialog fluent-button"), button => button.TextContent.Trim() == text);
}
