using RaceOptimizer.Contracts.Status;

namespace RaceOptimizer.Ui.Api;

public static class SelfTests
{
    extension(SelfTestResult result)
    {
        /// <summary>Both round trips, SQLite's and Redis's, went through.</summary>
        public bool Succeeded => result.SqliteOk && result.RedisOk;
    }
}
