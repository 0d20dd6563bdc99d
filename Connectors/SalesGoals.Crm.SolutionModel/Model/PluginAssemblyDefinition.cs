using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A plug-in assembly from PluginAssemblies/&lt;name&gt;-&lt;id&gt;/&lt;name&gt;.dll.data.xml.</summary>
public sealed record PluginAssemblyDefinition(
    Guid Id,
    string Name,
    string FullName,
    string? FileName,
    IReadOnlyList<PluginTypeDefinition> Types);
