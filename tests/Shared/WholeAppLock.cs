namespace RaceOptimizer.Testing;

/// <summary>
/// One test assembly at a time may start whole applications (AppHost, worker, API, UI, Redis, and for the browser
/// tests Chromium): `dotnet test` runs assemblies side by side, and two of them each starting the whole stack on a
/// two-core CI machine starved Blazor circuits past any sensible timeout. A lock file shared by every test process on
/// the machine serialises them; the operating system drops it if a process dies.
/// </summary>
public sealed class WholeAppLock : IAsyncLifetime
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "raceoptimizer-whole-app-tests.lock");
    private FileStream? held;

    public async ValueTask InitializeAsync()
    {
        while (true)
        {
            try
            {
                held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        held?.Dispose();
        return ValueTask.CompletedTask;
    }
}
