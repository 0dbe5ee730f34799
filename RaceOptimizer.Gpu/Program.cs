using Microsoft.Extensions.Options;
using RaceOptimizer.Gpu;
using RaceOptimizer.Gpu.Devices;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.Services.AddProblemDetails();

var app = builder.Build();

// Choose the device and run its self-check before serving, so the first request never pays for it.
var device = app.Services.GetRequiredService<ComputeDevice>();
var selfCheck = app.Services.GetRequiredService<DeviceSelfCheckResult>();
// Compile the kernels once, now: they are kept for the process lifetime.
app.Services.GetRequiredService<RaceOptimizer.Gpu.Simulation.GpuRaceSimulator>();
app.Services.GetRequiredService<RaceOptimizer.Gpu.Evaluation.GpuLineupEvaluator>();
app.Services.GetRequiredService<RaceOptimizer.Gpu.Evaluation.GpuLineupScorer>();
// Time the device once, now: `/device` reports the speed and the API routes by it.
var speed = app.Services.GetRequiredService<RaceOptimizer.Core.Worker.WorkerDevice>().RacesPerSecond;
app.Logger.LogInformation("Worker instance {Instance} computing on {Kind} device {Name} at {RacesPerSecond:N0} reference races/s; self-check: {Outcome}",
    WorkerInstance.Id, device.Info.Kind, device.Info.Name, speed, selfCheck.Problem ?? "passed");
if (string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<WorkerOptions>>().Value.ApiKey))
{
    app.Logger.LogWarning("No API key is configured (GpuWorker:ApiKey): every compute request will be refused");
}

app.UseWorkerInstanceHeader(device.Info.Name);
app.UseExceptionHandler();
app.MapDefaultEndpoints();
app.MapDeviceApi();
app.MapSimulationApi();
app.MapLineupApi();

await app.RunAsync();
