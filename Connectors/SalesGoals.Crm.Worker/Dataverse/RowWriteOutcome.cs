namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>What a bulk write did to one row.</summary>
public enum RowWriteOutcome
{
    Created,
    Updated,

    /// <summary>Written by a bulk message that does not say whether the row was new (Dataverse's UpsertMultiple).</summary>
    Written,

    /// <summary>Dataverse refused the row; the others were kept.</summary>
    Refused,
}
