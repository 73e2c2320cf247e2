namespace TeamsMockBot.Domain.Questions;

/// <summary>The kind of interview a session practises; decides which questions the plan draws from.</summary>
public enum Track
{
    Behavioral,
    ProductManagement,
    SystemDesign,
    ConsultingCase,
    CodingTalkThrough,
    General,
}
