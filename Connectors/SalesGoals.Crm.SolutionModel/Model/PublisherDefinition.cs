namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>The publisher from Other/Solution.xml: prefix for names and for option values.</summary>
public sealed record PublisherDefinition(string UniqueName, string CustomizationPrefix, int OptionValuePrefix);
