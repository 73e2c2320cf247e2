namespace TeamsMockBot.Cards; public static class Placeholder {}
