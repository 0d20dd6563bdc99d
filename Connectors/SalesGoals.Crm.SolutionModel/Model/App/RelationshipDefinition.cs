namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A one-to-many relationship (Other/Relationships/*.xml), tables and column in lower case.</summary>
public sealed record RelationshipDefinition(string Name, string ReferencingTable, string ReferencingColumn, string ReferencedTable);
