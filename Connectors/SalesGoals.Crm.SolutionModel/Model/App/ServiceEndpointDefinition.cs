using System;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A service endpoint (ServiceEndpoints/&lt;Name&gt;.xml): where Dataverse posts the execution
/// context. Contract 1 one-way, 2 queue, 3 REST, 4 two-way, 5 topic, 7 event hub, 8 webhook; AuthType 2
/// SAS key, 3 SAS token. The SAS key itself is never part of a solution.</summary>
public sealed record ServiceEndpointDefinition(Guid Id, string Name, int Contract, int AuthType, string? NamespaceAddress, string? Path, string SourceFile);
