print('loading sp_second'); WHERE = 'two (second)'
