using System.Collections.Generic;
using System.Text;

namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary>Splits a COQL query into words, 'strings', numbers and symbols.</summary>
public static class CoqlTokenizer
{
    public static List<CoqlToken> Tokenize(string query)
    {
        var tokens = new List<CoqlToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var text = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= query.Length)
                    {
                        throw new CoqlParseException("invalid query formed", "clause", "unterminated string");
                    }

                    if (query[i] == '\\' && i + 1 < query.Length)
                    {
                        text.Append(query[i + 1]);
                        i += 2;
                    }
                    else if (query[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        text.Append(query[i++]);
                    }
                }

                tokens.Add(new CoqlToken(CoqlTokenKind.String, text.ToString()));
            }
            else if (char.IsDigit(c) || (c == '-' && i + 1 < query.Length && char.IsDigit(query[i + 1])))
            {
                var start = i++;
                while (i < query.Length && (char.IsDigit(query[i]) || query[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new CoqlToken(CoqlTokenKind.Number, query[start..i]));
            }
            else if (char.IsLetter(c) || c == '_' || c == '$')
            {
                var start = i++;
                while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] is '_' or '.' or '$'))
                {
                    i++;
                }

                tokens.Add(new CoqlToken(CoqlTokenKind.Word, query[start..i]));
            }
            else
            {
                var two = i + 1 < query.Length ? query.Substring(i, 2) : string.Empty;
                var symbol = two is "!=" or "<>" or "<=" or ">=" ? two : c.ToString();
                if (symbol is not ("," or "(" or ")" or "=" or "<" or ">" or "!=" or "<>" or "<=" or ">=" or "*"))
                {
                    throw new CoqlParseException("invalid query formed", "clause", symbol);
                }

                tokens.Add(new CoqlToken(CoqlTokenKind.Symbol, symbol));
                i += symbol.Length;
            }
        }

        return tokens;
    }
}
