using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A Custom API request parameter (customapirequestparameters/&lt;UniqueName&gt;/customapirequestparameter.xml)
/// or response property (customapiresponseproperties/…/customapiresponseproperty.xml).</summary>
public sealed record CustomApiFieldDefinition(
    string UniqueName,
    string Name,
    CustomApiFieldType Type,
    bool IsOptional,
    string? LogicalEntityName,
    IReadOnlyDictionary<int, string> DisplayNames,
    string SourceFile);
