using System.Globalization;
using System.Net;
using System.Text;

namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// Reads a WebVTT transcript (W3C "WebVTT: The Web Video Text Tracks Format") as Teams writes it:
/// a <c>WEBVTT</c> signature, then blocks separated by blank lines. A cue is an optional identifier,
/// a time line <c>start --&gt; end [settings]</c> and one or more lines of text, whose
/// <c>&lt;v Speaker&gt;</c> voice tags say who spoke. <c>NOTE</c>, <c>STYLE</c> and <c>REGION</c>
/// blocks are skipped; a byte order mark and CRLF or CR line ends are accepted. Other tags
/// (<c>&lt;c&gt;</c>, <c>&lt;i&gt;</c>, inline timestamps…) are removed and entities decoded.
/// </summary>
/// <remarks>
/// Lenient where real files are: Teams' documented sample writes <c>0:0:5.320</c>, not
/// <c>00:00:05.320</c>, so hours and minutes may have one digit and the fraction one to seven.
/// A cue whose time line cannot be read, or that ends before it starts, is left out and counted
/// (<see cref="Transcript.SkippedCues"/>), as browsers do; a file with no usable cue is refused.
/// When one cue holds several voices, its time is shared between them by their number of words.
/// </remarks>
public static class WebVttParser
{
    /// <summary>About 5 MB of text: an hour-long meeting transcript is well under 1 MB.</summary>
    public const int MaxCharacters = 5 * 1024 * 1024;

    /// <summary>An hour of conversation makes a few thousand cues; far more is not an interview.</summary>
    public const int MaxCues = 100_000;

    private const string Arrow = "-->";

    public static Transcript Parse(string? text)
    {
        if (text is { Length: > MaxCharacters })
        {
            throw new TranscriptException(TranscriptProblem.TooLarge, "That transcript is too large for one mock interview. Send the transcript of a single session (under 5 MB).");
        }

        var content = (text ?? string.Empty).TrimStart('\uFEFF');
        if (content.Trim().Length == 0)
        {
            throw new TranscriptException(TranscriptProblem.Empty, "That file is empty. Send the .vtt transcript of your mock interview.");
        }

        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (!IsSignature(lines[0]))
        {
            throw new TranscriptException(TranscriptProblem.NotWebVtt, "That file is not a WebVTT transcript (it should start with WEBVTT). In Teams, download the meeting transcript as .vtt and send that file.");
        }

        var cues = new List<TranscriptCue>();
        var skipped = 0;
        var index = SkipBlock(lines, 0); // the signature line and any header lines after it
        var block = new List<string>();
        while (index < lines.Length)
        {
            if (lines[index].Trim().Length == 0)
            {
                index++;
                continue;
            }

            block.Clear();
            while (index < lines.Length && lines[index].Trim().Length > 0)
            {
                block.Add(lines[index]);
                index++;
            }

            if (IsNonCueBlock(block[0]))
            {
                continue;
            }

            if (!TryReadCue(block, cues))
            {
                skipped++;
            }

            if (cues.Count > MaxCues)
            {
                throw new TranscriptException(TranscriptProblem.TooLarge, $"That transcript has more than {MaxCues:N0} lines of speech, far more than one mock interview. Send the transcript of a single session.");
            }
        }

        if (cues.Count == 0)
        {
            throw new TranscriptException(TranscriptProblem.NoCues, "I couldn't find any timed speech in that file. Send the meeting transcript as Teams downloads it (.vtt).");
        }

        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Transcript(cues, skipped);
    }

    private static bool IsSignature(string line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal) && (line.Length == 6 || line[6] is ' ' or '\t');

    private static int SkipBlock(string[] lines, int index)
    {
        while (index < lines.Length && lines[index].Trim().Length > 0)
        {
            index++;
        }

        return index;
    }

    private static bool IsNonCueBlock(string first) =>
        !first.Contains(Arrow, StringComparison.Ordinal) && (IsKeyword(first, "NOTE") || IsKeyword(first, "STYLE") || IsKeyword(first, "REGION"));

    private static bool IsKeyword(string line, string word) =>
        line.StartsWith(word, StringComparison.Ordinal) && (line.Length == word.Length || line[word.Length] is ' ' or '\t');

    private static bool TryReadCue(List<string> block, List<TranscriptCue> cues)
    {
        // The time line is the first line, or the second after an identifier.
        var timing = block[0].Contains(Arrow, StringComparison.Ordinal) ? 0
            : block.Count > 1 && block[1].Contains(Arrow, StringComparison.Ordinal) ? 1
            : -1;
        if (timing < 0 || !TryReadTiming(block[timing], out var start, out var end) || end < start)
        {
            return false;
        }

        var segments = Segments(block.Skip(timing + 1));
        var words = segments.Sum(s => Math.Max(1, SpokenWords.Count(s.Text)));
        var at = start;
        foreach (var (speaker, said) in segments)
        {
            // Several voices in one cue share its time by how much each said.
            var share = segments.Count == 1 ? end - start : (end - start) * (Math.Max(1, SpokenWords.Count(said)) / (double)words);
            var until = at + share > end ? end : at + share;
            cues.Add(new TranscriptCue(at, until, speaker, said));
            at = until;
        }

        return segments.Count > 0;
    }

    private static bool TryReadTiming(string line, out TimeSpan start, out TimeSpan end)
    {
        end = default;
        var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        var after = line[(arrow + Arrow.Length)..].TrimStart();
        var endText = after.Split([' ', '\t'], 2)[0];
        return TryTimestamp(line[..arrow].Trim(), out start) & TryTimestamp(endText, out end);
    }

    /// <summary><c>[h:]m:s[.fff]</c>, each part digits only; minutes and seconds under 60.</summary>
    internal static bool TryTimestamp(string text, out TimeSpan value)
    {
        value = default;
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var secondsPart = parts[^1];
        var fraction = 0.0;
        var dot = secondsPart.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var digits = secondsPart[(dot + 1)..];
            if (digits.Length is 0 or > 7 || !digits.All(char.IsAsciiDigit))
            {
                return false;
            }

            fraction = double.Parse("0." + digits, CultureInfo.InvariantCulture);
            secondsPart = secondsPart[..dot];
        }

        if (!TryDigits(secondsPart, 2, out var seconds) || seconds >= 60 || !TryDigits(parts[^2], parts.Length == 3 ? 2 : 4, out var minutes))
        {
            return false;
        }

        var hours = 0;
        if (parts.Length == 3 && (!TryDigits(parts[0], 4, out hours) || minutes >= 60))
        {
            return false;
        }

        value = new TimeSpan(hours, 0, 0) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds + fraction);
        return true;
    }

    private static bool TryDigits(string text, int maxLength, out int value)
    {
        value = 0;
        return text.Length > 0 && text.Length <= maxLength && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The cue text split by voice: each <c>&lt;v Name&gt;</c> starts a new speaker, <c>&lt;/v&gt;</c> ends it; other tags are dropped.</summary>
    private static List<(string? Speaker, string Text)> Segments(IEnumerable<string> payload)
    {
        var segments = new List<(string? Speaker, string Text)>();
        string? speaker = null;
        var text = new StringBuilder();

        void Flush()
        {
            var said = Clean(text.ToString());
            if (said.Length > 0)
            {
                segments.Add((speaker, said));
            }

            text.Clear();
        }

        foreach (var line in payload)
        {
            var i = 0;
            while (i < line.Length)
            {
                var open = line.IndexOf('<', i);
                if (open < 0)
                {
                    text.Append(line, i, line.Length - i);
                    break;
                }

                text.Append(line, i, open - i);
                var close = line.IndexOf('>', open + 1);
                if (close < 0)
                {
                    text.Append(line, open, line.Length - open); // a lone '<' is text
                    break;
                }

                var tag = line[(open + 1)..close];
                if (tag.Length > 1 && tag[0] == 'v' && tag[1] is ' ' or '.' or '\t')
                {
                    Flush();
                    var space = tag.IndexOfAny([' ', '\t']);
                    var name = space < 0 ? string.Empty : WebUtility.HtmlDecode(tag[(space + 1)..]).Trim();
                    speaker = name.Length == 0 ? null : name;
                }
                else if (tag == "/v")
                {
                    Flush();
                    speaker = null;
                }

                i = close + 1;
            }

            text.Append(' ');
        }

        Flush();
        return segments;
    }

    private static string Clean(string text) =>
        string.Join(' ', WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal)
            .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
