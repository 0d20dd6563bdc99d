namespace SalesGoals.Crm.Zoho.Emulator.Coql;

public enum CoqlTokenKind
{
    Word = 0,
    String = 1,
    Number = 2,
    Symbol = 3,
}
