using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A Custom API from customapis/&lt;UniqueName&gt;/customapi.xml with its parameters and properties.</summary>
public sealed record CustomApiDefinition(
    string UniqueName,
    string Name,
    int BindingType,
    string? BoundEntityLogicalName,
    bool IsFunction,
    bool IsPrivate,
    int AllowedCustomProcessingStepType,
    string? ExecutePrivilegeName,
    Guid? PluginTypeId,
    IReadOnlyDictionary<int, string> DisplayNames,
    IReadOnlyList<CustomApiFieldDefinition> RequestParameters,
    IReadOnlyList<CustomApiFieldDefinition> ResponseProperties,
    string SourceFile)
{
    /// <summary>The implementing plug-in type's full name, resolved from the solution's plug-in assemblies.</summary>
    public string? PluginTypeName { get; init; }
}
