using MnrPlatform.Cli;

return await MnrCli.RunAsync(args, Console.Out, Console.Error, Console.In);
