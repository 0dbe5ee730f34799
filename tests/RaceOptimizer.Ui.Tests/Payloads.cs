namespace RaceOptimizer.Ui.Tests;

/// <summary>The API's payloads as its contract documents them.</summary>
public static class Payloads
{
    public const string System = """
        {"version":"1.0.0","dataFolder":"/home/u/.local/share/RaceOptimizer",
         "database":{"path":"/home/u/.local/share/RaceOptimizer/raceoptimizer.db","journalMode":"wal","migrations":["20261129_Initial"]},
         "redis":{"mode":"server","reason":"no container runtime answered; redis-server found on PATH","pingMs":0.4},
         "gpuWorker":{"reachable":true,"device":{"kind":"Cpu","name":"CPUAccelerator","memoryBytes":0,"computeUnits":2},"error":null},
         "storage":{"totalBytes":1288490189,"databaseBytes":12582912,"simulationsBytes":1073741824,"simulationQuotaBytes":2147483648,
                    "simulationJobsKept":42,"backupsBytes":4194304,"redisBytes":1048576,"otherBytes":196922573}}
        """;

    public const string SystemWithGpuWorkerDown = """
        {"version":"1.0.0","dataFolder":"/data",
         "database":{"path":"/data/raceoptimizer.db","journalMode":"delete","migrations":[]},
         "redis":{"mode":"embedded","reason":"no container runtime and no redis-server on PATH","pingMs":null},
         "gpuWorker":{"reachable":false,"device":null,"error":"Connection refused (gpu:5090)"},
         "storage":{"totalBytes":0,"databaseBytes":0,"simulationsBytes":0,"simulationQuotaBytes":2147483648,
                    "simulationJobsKept":0,"backupsBytes":0,"redisBytes":0,"otherBytes":0}}
        """;

    public const string SelfTestPassed = """
        {"id":12,"createdAt":"2026-11-29T18:20:00Z","sqliteOk":true,"redisOk":true,"durationMs":3.2,"message":"SQLite and Redis round trips succeeded"}
        """;

    public const string SelfTestRedisFailed = """
        {"id":13,"createdAt":"2026-11-29T18:25:00Z","sqliteOk":true,"redisOk":false,"durationMs":5004.1,"message":"Redis did not answer within 5 s"}
        """;

    public const string SelfTestHistory = """
        [{"id":11,"createdAt":"2026-11-29T18:10:00Z","sqliteOk":true,"redisOk":false,"durationMs":5001.0,"message":"Redis did not answer"},
         {"id":10,"createdAt":"2026-11-29T18:00:00Z","sqliteOk":true,"redisOk":true,"durationMs":2.9,"message":"SQLite and Redis round trips succeeded"}]
        """;

    public const string HealthHealthy = """
        {"status":"Healthy","durationMs":1.5,"checks":{"self":{"status":"Healthy","description":null,"data":{}},"redis":{"status":"Healthy","description":null,"data":{}}}}
        """;

    public const string HealthRedisDown = """
        {"status":"Unhealthy","durationMs":5.0,"checks":{"self":{"status":"Healthy","description":null,"data":{}},"redis":{"status":"Unhealthy","description":"It was not possible to connect to the redis server(s).","data":{}}}}
        """;
}
