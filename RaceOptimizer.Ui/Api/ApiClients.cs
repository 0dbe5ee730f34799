namespace RaceOptimizer.Ui.Api;

public static class ApiClients
{
    /// <summary>
    /// Registers the typed clients of the API, one per resource, all on the named HttpClient
    /// <see cref="ApiClient.HttpClientName"/>; answers that client's builder, where its handlers are configured once.
    /// </summary>
    public static IHttpClientBuilder AddApiClients(this IServiceCollection services)
    {
        services.AddHttpClient<JobsClient>(ApiClient.HttpClientName);
        services.AddHttpClient<SlatesClient>(ApiClient.HttpClientName);
        services.AddHttpClient<HistoryClient>(ApiClient.HttpClientName);
        services.AddHttpClient<PresetsClient>(ApiClient.HttpClientName);
        services.AddHttpClient<SettingsClient>(ApiClient.HttpClientName);
        services.AddHttpClient<BackupClient>(ApiClient.HttpClientName);
        services.AddHttpClient<SystemClient>(ApiClient.HttpClientName);
        return services.AddHttpClient(ApiClient.HttpClientName, client => client.BaseAddress = new Uri(ApiClient.ServiceAddress));
    }
}
