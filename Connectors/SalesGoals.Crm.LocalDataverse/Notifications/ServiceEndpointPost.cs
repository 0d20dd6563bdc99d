using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Notifications;

/// <summary>One post to a service endpoint: the endpoint and the execution context Dataverse would send.</summary>
public sealed record ServiceEndpointPost(EntityReference ServiceEndpoint, RemoteExecutionContext Context, DateTimeOffset PostedOn);
