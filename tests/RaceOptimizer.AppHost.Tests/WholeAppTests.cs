using RaceOptimizer.Testing;

// The whole application starts here: no other test assembly may start it meanwhile (see WholeAppLock).
[assembly: AssemblyFixture(typeof(WholeAppLock))]
