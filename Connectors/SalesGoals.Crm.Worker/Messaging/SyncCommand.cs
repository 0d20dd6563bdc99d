using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>The body of a work message: which system, which cycle.</summary>
public sealed record SyncCommand(ExternalSystem System, int Cycle);
