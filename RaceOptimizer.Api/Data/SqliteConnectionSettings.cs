using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RaceOptimizer.Api.Data;

/// <summary>
/// Per-connection SQLite settings, applied whenever EF opens a connection.
/// `busy_timeout` lets SQLite wait for a lock with its own short back-off: Microsoft.Data.Sqlite's fallback retries
/// only every 150 ms, which under many concurrent writers (runners, submissions, a second replica) turned into
/// seconds of tail latency. `synchronous=NORMAL` is the setting WAL is designed for: a commit survives a crash of the
/// process (the WAL is written before the commit returns) and only an OS crash or power cut can lose the last
/// commits, while every commit no longer waits for an fsync.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
