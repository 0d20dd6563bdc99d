using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>
/// A plug-in step from SdkMessageProcessingSteps/{id}.xml. <paramref name="PluginTypeName"/> is
/// the .NET type name (the part of the xml's assembly-qualified name before the first comma);
/// <see cref="PluginTypeAssemblyQualifiedName"/> keeps the full text.
/// </summary>
public sealed record StepDefinition(
    Guid Id,
    string Name,
    string MessageName,
    Guid MessageId,
    string? PrimaryEntity,
    string? SecondaryEntity,
    int Stage,
    int Mode,
    int Rank,
    IReadOnlyList<string> FilteringAttributes,
    string PluginTypeName,
    Guid? PluginTypeId,
    string? UnsecureConfiguration,
    bool AsyncAutoDelete,
    IReadOnlyList<StepImageDefinition> Images,
    int SupportedDeployment,
    Guid? ImpersonatingUserId)
{
    /// <summary>The plug-in type as the xml names it, e.g. "Ns.Type, Assembly, Version=...".</summary>
    public string PluginTypeAssemblyQualifiedName { get; init; } = PluginTypeName;

    /// <summary>The step's description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Path of the step file relative to the solution folder.</summary>
    public string SourceFile { get; init; } = string.Empty;
}
