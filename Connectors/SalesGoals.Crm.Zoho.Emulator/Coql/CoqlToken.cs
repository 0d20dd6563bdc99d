namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary>A lexical token: <see cref="Kind"/> is word, string, number or symbol.</summary>
public sealed record CoqlToken(CoqlTokenKind Kind, string Text)
{
    public bool IsWord(string word) => Kind == CoqlTokenKind.Word && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == CoqlTokenKind.Symbol && Text == symbol;
}
