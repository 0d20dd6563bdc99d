using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>The execution context a plug-in receives, filled by the pipeline as Dataverse fills it.</summary>
public sealed class LocalPluginExecutionContext : IPluginExecutionContext
{
    public int Stage { get; internal set; }
    public IPluginExecutionContext? ParentContext { get; internal set; }
    public int Mode { get; internal set; }
    public int IsolationMode { get; internal set; } = 2;
    public int Depth { get; internal set; }
    public string MessageName { get; internal set; } = string.Empty;
    public string PrimaryEntityName { get; internal set; } = "none";
    public Guid? RequestId { get; internal set; }
    public string SecondaryEntityName { get; internal set; } = "none";
    public ParameterCollection InputParameters { get; internal set; } = [];
    public ParameterCollection OutputParameters { get; internal set; } = [];
    public ParameterCollection SharedVariables { get; internal set; } = [];
    public Guid UserId { get; internal set; }
    public Guid InitiatingUserId { get; internal set; }
    public Guid BusinessUnitId { get; internal set; }
    public Guid OrganizationId { get; internal set; }
    public string OrganizationName { get; internal set; } = string.Empty;
    public Guid PrimaryEntityId { get; internal set; }
    public EntityImageCollection PreEntityImages { get; internal set; } = [];
    public EntityImageCollection PostEntityImages { get; internal set; } = [];
    public EntityReference? OwningExtension { get; internal set; }
    public Guid CorrelationId { get; internal set; }
    public bool IsExecutingOffline { get; internal set; }
    public bool IsOfflinePlayback { get; internal set; }
    public bool IsInTransaction { get; internal set; }
    public Guid OperationId { get; internal set; }
    public DateTime OperationCreatedOn { get; internal set; }

    /// <summary>A copy for one step: its own images and stage, sharing the parameters and shared variables of the operation.</summary>
    internal LocalPluginExecutionContext ForStep(int stage, int mode, EntityReference owningStep, Guid userId) => new()
    {
        Stage = stage,
        ParentContext = ParentContext,
        Mode = mode,
        IsolationMode = IsolationMode,
        Depth = Depth,
        MessageName = MessageName,
        PrimaryEntityName = PrimaryEntityName,
        RequestId = RequestId,
        SecondaryEntityName = SecondaryEntityName,
        InputParameters = InputParameters,
        OutputParameters = OutputParameters,
        SharedVariables = SharedVariables,
        UserId = userId,
        InitiatingUserId = InitiatingUserId,
        BusinessUnitId = BusinessUnitId,
        OrganizationId = OrganizationId,
        OrganizationName = OrganizationName,
        PrimaryEntityId = PrimaryEntityId,
        OwningExtension = owningStep,
        CorrelationId = CorrelationId,
        IsInTransaction = IsInTransaction,
        OperationId = OperationId,
        OperationCreatedOn = OperationCreatedOn,
    };
}
