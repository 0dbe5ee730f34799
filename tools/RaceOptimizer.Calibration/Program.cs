using RaceOptimizer.Calibration;

return await CalibrationCommand.RunAsync(args);
