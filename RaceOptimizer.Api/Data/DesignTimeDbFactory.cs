using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RaceOptimizer.Api.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host (which needs Redis).</summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<RaceOptimizerDb>
{
    public RaceOptimizerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RaceOptimizerDb>().UseSqlite("Data Source=design-time.db").Options);
}
