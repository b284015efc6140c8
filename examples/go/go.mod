module jdpipe.example/go

go 1.19
