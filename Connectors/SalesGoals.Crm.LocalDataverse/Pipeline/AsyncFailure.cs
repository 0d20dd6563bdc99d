using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>An asynchronous step that failed (its system job would show Failed); its writes were rolled back.</summary>
public sealed record AsyncFailure(string StepName, string MessageName, string PrimaryEntityName, FaultException<OrganizationServiceFault> Fault);
