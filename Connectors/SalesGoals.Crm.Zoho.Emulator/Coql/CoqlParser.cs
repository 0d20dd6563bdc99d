using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary>Parses the COQL subset the emulator serves:
/// <c>SELECT f1, f2 FROM Module [WHERE cond] [ORDER BY f [ASC|DESC], …] [LIMIT n [OFFSET m] | LIMIT m, n]</c>.</summary>
public sealed class CoqlParser
{
    private readonly List<CoqlToken> _tokens;
    private int _position;

    private CoqlParser(List<CoqlToken> tokens) => _tokens = tokens;

    public static CoqlQuery Parse(string query) => new CoqlParser(CoqlTokenizer.Tokenize(query)).ParseQuery();

    private CoqlToken? Peek => _position < _tokens.Count ? _tokens[_position] : null;

    private CoqlQuery ParseQuery()
    {
        ExpectWord("select", "select");
        var fields = new List<string> { ExpectIdentifier("select") };
        while (TrySymbol(","))
        {
            fields.Add(ExpectIdentifier("select"));
        }

        ExpectWord("from", "from");
        var module = ExpectIdentifier("from");
        CoqlCondition? where = null;
        if (TryWord("where"))
        {
            where = ParseOr();
        }

        var order = new List<CoqlOrder>();
        if (TryWord("order"))
        {
            ExpectWord("by", "order by");
            do
            {
                var field = ExpectIdentifier("order by");
                var descending = TryWord("desc");
                if (!descending)
                {
                    TryWord("asc");
                }

                order.Add(new CoqlOrder(field, descending));
            }
            while (TrySymbol(","));
        }

        var (limit, offset) = ParseLimit();
        if (Peek is { } extra)
        {
            throw new CoqlParseException("invalid query formed", "clause", extra.Text);
        }

        return new CoqlQuery(fields, module, where, order, limit, offset);
    }

    private (int Limit, int Offset) ParseLimit()
    {
        if (!TryWord("limit"))
        {
            return (CoqlQuery.DefaultLimit, 0);
        }

        var first = ExpectLimitNumber();
        if (TrySymbol(","))
        {
            return (ExpectLimitNumber(), first);
        }

        return TryWord("offset") ? (first, ExpectLimitNumber()) : (first, 0);
    }

    private int ExpectLimitNumber()
    {
        var token = Next("limit");
        if (token.Kind != CoqlTokenKind.Number || !int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new CoqlParseException("limit given seems to be invalid", "limit", token.Text);
        }

        return value;
    }

    private CoqlCondition ParseOr()
    {
        var left = ParseAnd();
        while (TryWord("or"))
        {
            left = new CoqlLogical(false, left, ParseAnd());
        }

        return left;
    }

    private CoqlCondition ParseAnd()
    {
        var left = ParsePrimary();
        while (TryWord("and"))
        {
            left = new CoqlLogical(true, left, ParsePrimary());
        }

        return left;
    }

    private CoqlCondition ParsePrimary()
    {
        if (TrySymbol("("))
        {
            var inner = ParseOr();
            ExpectSymbol(")");
            return inner;
        }

        var field = ExpectIdentifier("where");
        if (TryWord("is"))
        {
            var negated = TryWord("not");
            ExpectWord("null", "where");
            return new CoqlComparison(field, "is null", [], negated);
        }

        var not = TryWord("not");
        if (TryWord("in"))
        {
            ExpectSymbol("(");
            var values = new List<JsonNode?> { ParseValue() };
            while (TrySymbol(","))
            {
                values.Add(ParseValue());
            }

            ExpectSymbol(")");
            return new CoqlComparison(field, "in", values, not);
        }

        if (TryWord("like"))
        {
            return new CoqlComparison(field, "like", [ParseValue()], not);
        }

        if (TryWord("between"))
        {
            var low = ParseValue();
            ExpectWord("and", "where");
            return new CoqlComparison(field, "between", [low, ParseValue()], not);
        }

        var op = Next("where");
        if (not || op.Kind != CoqlTokenKind.Symbol || op.Text is "," or "(" or ")" or "*")
        {
            throw new CoqlParseException("invalid query formed", "clause", op.Text);
        }

        return new CoqlComparison(field, op.Text, [ParseValue()]);
    }

    private JsonNode? ParseValue()
    {
        var token = Next("where");
        return token.Kind switch
        {
            CoqlTokenKind.String => JsonValue.Create(token.Text),
            CoqlTokenKind.Number => JsonValue.Create(decimal.Parse(token.Text, NumberStyles.Number, CultureInfo.InvariantCulture)),
            CoqlTokenKind.Word when token.IsWord("null") => null,
            CoqlTokenKind.Word when token.IsWord("true") => JsonValue.Create(true),
            CoqlTokenKind.Word when token.IsWord("false") => JsonValue.Create(false),
            _ => throw new CoqlParseException("invalid query formed", "clause", token.Text),
        };
    }

    private CoqlToken Next(string clause) =>
        _position < _tokens.Count ? _tokens[_position++] : throw new CoqlParseException("invalid query formed", "clause", clause);

    private string ExpectIdentifier(string clause)
    {
        var token = Next(clause);
        return token.Kind == CoqlTokenKind.Word ? token.Text : throw new CoqlParseException("invalid query formed", "clause", token.Text);
    }

    private void ExpectWord(string word, string clause)
    {
        if (!TryWord(word))
        {
            throw new CoqlParseException("invalid query formed", "clause", Peek?.Text ?? clause);
        }
    }

    private void ExpectSymbol(string symbol)
    {
        if (!TrySymbol(symbol))
        {
            throw new CoqlParseException("invalid query formed", "clause", Peek?.Text ?? symbol);
        }
    }

    private bool TryWord(string word)
    {
        if (Peek?.IsWord(word) == true)
        {
            _position++;
            return true;
        }

        return false;
    }

    private bool TrySymbol(string symbol)
    {
        if (Peek?.IsSymbol(symbol) == true)
        {
            _position++;
            return true;
        }

        return false;
    }
}
