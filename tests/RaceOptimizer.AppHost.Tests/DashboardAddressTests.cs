namespace RaceOptimizer.AppHost.Tests;

/// <summary>The AppHost tells the UI where its dashboard listens, so a job's details can link to the job's trace.</summary>
public sealed class DashboardAddressTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task The_ui_is_given_the_first_address_the_dashboard_listens_on()
    {
        var environment = await UiEnvironmentAsync("http://localhost:15080;https://localhost:15443");

        Assert.Equal("http://localhost:15080", environment["Dashboard__Url"]);
    }

    [Fact]
    public async Task Without_a_dashboard_address_the_ui_is_given_none()
    {
        var environment = await UiEnvironmentAsync(string.Empty);

        Assert.DoesNotContain("Dashboard__Url", environment.Keys);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>
    /// The UI's environment as the model declares it, nothing started. The annotations' callbacks are run directly:
    /// resolving them fully would wait for endpoints that only a started application allocates.
    /// </summary>
    private async Task<Dictionary<string, object>> UiEnvironmentAsync(string dashboardUrls)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RaceOptimizer_AppHost>(
            ["--Redis:Mode=Embedded", $"--RaceOptimizer:DataFolder={folder.Path}", $"--ASPNETCORE_URLS={dashboardUrls}"],
            timeout.Token);
        var ui = Assert.Single(builder.Resources, resource => resource.Name == "ui");
        var context = new EnvironmentCallbackContext(builder.ExecutionContext, ui, [], timeout.Token);
        foreach (var annotation in ui.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await annotation.Callback(context).WaitAsync(timeout.Token);
        }

        return context.EnvironmentVariables;
    }
}
