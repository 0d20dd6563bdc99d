using System;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A plug-in type declared in an assembly's data xml.</summary>
public sealed record PluginTypeDefinition(Guid Id, string TypeName, string AssemblyQualifiedName, string? FriendlyName);
