using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The serializable execution context the platform posts to service endpoints (the body of an
/// Azure Service Bus message); scalar properties are settable and the collections are filled in place.
/// </summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
public sealed class RemoteExecutionContext : IPluginExecutionContext, IExtensibleDataObject
{
    private ParameterCollection _inputParameters;
    private ParameterCollection _outputParameters;
    private ParameterCollection _sharedVariables;
    private EntityImageCollection _preEntityImages;
    private EntityImageCollection _postEntityImages;

    [DataMember]
    public Guid BusinessUnitId { get; set; }

    [DataMember]
    public Guid CorrelationId { get; set; }

    [DataMember]
    public int Depth { get; set; }

    [DataMember]
    public Guid InitiatingUserId { get; set; }

    [DataMember]
    public ParameterCollection InputParameters => _inputParameters ??= new ParameterCollection();

    [DataMember]
    public bool IsExecutingOffline { get; set; }

    [DataMember]
    public bool IsInTransaction { get; set; }

    [DataMember]
    public bool IsOfflinePlayback { get; set; }

    [DataMember]
    public int IsolationMode { get; set; }

    [DataMember]
    public string MessageName { get; set; }

    [DataMember]
    public int Mode { get; set; }

    [DataMember]
    public DateTime OperationCreatedOn { get; set; }

    [DataMember]
    public Guid OperationId { get; set; }

    [DataMember]
    public Guid OrganizationId { get; set; }

    [DataMember]
    public string OrganizationName { get; set; }

    [DataMember]
    public ParameterCollection OutputParameters => _outputParameters ??= new ParameterCollection();

    [DataMember]
    public EntityReference OwningExtension { get; set; }

    [DataMember]
    public RemoteExecutionContext ParentContext { get; set; }

    [DataMember]
    public EntityImageCollection PostEntityImages => _postEntityImages ??= new EntityImageCollection();

    [DataMember]
    public EntityImageCollection PreEntityImages => _preEntityImages ??= new EntityImageCollection();

    [DataMember]
    public Guid PrimaryEntityId { get; set; }

    [DataMember]
    public string PrimaryEntityName { get; set; }

    [DataMember]
    public Guid? RequestId { get; set; }

    [DataMember]
    public string SecondaryEntityName { get; set; }

    [DataMember]
    public ParameterCollection SharedVariables => _sharedVariables ??= new ParameterCollection();

    [DataMember]
    public int Stage { get; set; }

    [DataMember]
    public Guid UserId { get; set; }

    [DataMember(IsRequired = false)]
    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    [DataMember(IsRequired = false)]
    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext;

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
