// Every use case takes a ChatTurn and card data and answers with a CardResult.
global using TeamsMockBot.Application.Turns;
